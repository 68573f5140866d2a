// Quiz sessions kept side by side: one per quiz and one for the review, each saved under its own
// storage key, so starting a review or another quiz never replaces a quiz in progress (issue 12).
// Which one the panel shows is saved too, so a window reload brings back the same screen.
// Pure: the storage (a Memento in VS Code) and the attempt codec (the lazily loaded engine) are passed in.

export type SessionKind = 'quiz' | 'review';

export interface Session<S> {
  kind: SessionKind;
  /** For kind "quiz". */
  quizId?: string;
  title: string;
  state: S;
}

/** The subset of vscode.Memento the shelf uses. */
export interface SessionStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
  keys(): readonly string[];
}

export interface AttemptCodec<S> {
  serialize(state: S): string;
  /** Undefined for anything that is not a valid saved attempt. */
  restore(raw: unknown): S | undefined;
}

/** Where versions up to issue 12 kept their single session; read once and moved to its slot. */
export const LEGACY_SESSION_KEY = 'mlopsLab.quiz.session';
/** One key per session: this prefix + sessionKey(). */
export const SESSION_PREFIX = 'mlopsLab.quiz.sessions/';
/** The session key the panel shows. */
export const ACTIVE_SESSION_KEY = 'mlopsLab.quiz.activeSession';

const QUIZ_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "review", or "quiz:<quizId>". */
export function sessionKey(kind: SessionKind, quizId?: string): string {
  return kind === 'review' ? 'review' : `quiz:${quizId ?? ''}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class SessionShelf<S> {
  private readonly sessions = new Map<string, Session<S>>();
  private activeKey?: string;
  private loaded = false;

  constructor(
    private readonly storage: SessionStorage,
    private readonly codec: AttemptCodec<S>,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** The session the panel shows, if any. */
  get active(): Session<S> | undefined {
    this.load();
    return this.activeKey === undefined ? undefined : this.sessions.get(this.activeKey);
  }

  get(kind: SessionKind, quizId?: string): Session<S> | undefined {
    this.load();
    return this.sessions.get(sessionKey(kind, quizId));
  }

  /** Every saved session, the active one first. */
  list(): Session<S>[] {
    this.load();
    const all = [...this.sessions.entries()];
    all.sort(([a], [b]) => Number(b === this.activeKey) - Number(a === this.activeKey));
    return all.map(([, s]) => s);
  }

  /**
   * Saves a session in its own slot. `activate` (default true) also makes it the shown one; updates of a
   * session that may no longer be the shown one (an answer arriving after a switch) pass false.
   */
  async save(session: Session<S>, options: { activate?: boolean } = {}): Promise<void> {
    this.load();
    const key = sessionKey(session.kind, session.quizId);
    this.sessions.set(key, session);
    await this.storage.update(SESSION_PREFIX + key, {
      kind: session.kind, title: session.title, ...(session.kind === 'quiz' ? { quizId: session.quizId } : {}),
      attempt: this.codec.serialize(session.state),
    });
    if (options.activate !== false) await this.setActive(key);
  }

  /** Makes the saved session the shown one. False when there is none. */
  async activate(kind: SessionKind, quizId?: string): Promise<boolean> {
    this.load();
    const key = sessionKey(kind, quizId);
    if (!this.sessions.has(key)) return false;
    await this.setActive(key);
    return true;
  }

  /** Forgets one session (the active one by default). */
  async remove(kind?: SessionKind, quizId?: string): Promise<void> {
    this.load();
    const key = kind === undefined ? this.activeKey : sessionKey(kind, quizId);
    if (key === undefined) return;
    this.sessions.delete(key);
    await this.storage.update(SESSION_PREFIX + key, undefined);
    if (this.activeKey === key) await this.setActive(undefined);
  }

  /** Forgets every session. */
  async clear(): Promise<void> {
    this.load();
    const keys = [...this.sessions.keys()];
    this.sessions.clear();
    for (const k of keys) await this.storage.update(SESSION_PREFIX + k, undefined);
    await this.setActive(undefined);
  }

  /** Drops what is in memory; the next read loads from storage again, as after a window reload. */
  forget(): void {
    this.sessions.clear();
    this.activeKey = undefined;
    this.loaded = false;
  }

  private async setActive(key: string | undefined): Promise<void> {
    if (this.activeKey === key && key !== undefined) return;
    this.activeKey = key;
    await this.storage.update(ACTIVE_SESSION_KEY, key);
  }

  private parse(raw: unknown): Session<S> | undefined {
    if (!isRecord(raw) || (raw.kind !== 'quiz' && raw.kind !== 'review') || typeof raw.title !== 'string') return undefined;
    if (raw.kind === 'quiz' && (typeof raw.quizId !== 'string' || !QUIZ_ID.test(raw.quizId))) return undefined;
    const state = this.codec.restore(raw.attempt);
    if (state === undefined) return undefined;
    return { kind: raw.kind, title: raw.title, state, ...(raw.kind === 'quiz' ? { quizId: raw.quizId as string } : {}) };
  }

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    for (const storageKey of this.storage.keys()) {
      if (!storageKey.startsWith(SESSION_PREFIX)) continue;
      const key = storageKey.slice(SESSION_PREFIX.length);
      const s = this.parse(this.storage.get(storageKey));
      if (s && sessionKey(s.kind, s.quizId) === key) {
        this.sessions.set(key, s);
        continue;
      }
      this.warn(`Quizzes: a saved session (${key}) could not be restored; it was discarded.`);
      void this.storage.update(storageKey, undefined);
    }
    const active = this.storage.get(ACTIVE_SESSION_KEY);
    if (typeof active === 'string' && this.sessions.has(active)) this.activeKey = active;
    const legacy = this.storage.get(LEGACY_SESSION_KEY);
    if (legacy !== undefined) {
      // The one session of an older version: it becomes its own slot (unless that slot is already taken) and the shown one.
      const s = this.parse(legacy);
      if (!s) this.warn('Quizzes: the saved quiz in progress could not be restored; it was discarded.');
      else {
        const key = sessionKey(s.kind, s.quizId);
        if (!this.sessions.has(key)) {
          this.sessions.set(key, s);
          void this.storage.update(SESSION_PREFIX + key, legacy);
          this.activeKey = key;
          void this.storage.update(ACTIVE_SESSION_KEY, key);
        }
      }
      void this.storage.update(LEGACY_SESSION_KEY, undefined);
    }
  }
}
