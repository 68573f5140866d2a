// The review habit in the window: a status-bar item "MLOps: N due" (hidden when nothing is due, or turned off)
// that starts the review, and, only when the learner turned it on, one gentle prompt a day.
import * as vscode from 'vscode';
import { COMMANDS } from '../commands';
import { localDay } from '../progress/days';
import { Disposable } from '../util/dispose';
import { promptText, shouldPrompt, statusText, statusTooltip } from './reminder';

export const STATUS_SETTING = 'statusBar.reviewsDue';
export const PROMPT_SETTING = 'reminders.dailyReviewPrompt';
/** Global state: the local date the daily prompt was last shown. */
export const PROMPT_SHOWN_KEY = 'mlopsLab.reviewPrompt.lastShown';
/** Questions fall due as time passes without any event: look again when the next one does, and at least hourly (a new day). */
const RECHECK_MAX_MS = 3_600_000;

export interface ReviewStatusDeps {
  dueCount(): number;
  /** When the next question not due yet falls due (ms since the epoch). */
  nextDueAt?(): number | undefined;
  /** Says that time passed, so every view counting due questions counts again (it fires onDidChange). */
  timePassed?(): void;
  onDidChange: vscode.Event<void>;
  memory: vscode.Memento;
  now?: () => Date;
  /** Shows the prompt; tests replace it. Resolves to the button picked. */
  ask?: (text: string, ...items: string[]) => Thenable<string | undefined>;
}

export class ReviewStatus extends Disposable {
  readonly item: vscode.StatusBarItem;
  /** Shows the prompt and resolves to the button picked; tests replace it (a real notification would wait for a click). */
  ask: NonNullable<ReviewStatusDeps['ask']>;
  private prompting = false;

  constructor(private readonly deps: ReviewStatusDeps) {
    super();
    this.ask = deps.ask ?? ((text, ...items) => vscode.window.showInformationMessage(text, ...items));
    this.item = this._register(vscode.window.createStatusBarItem('mlopsLab.reviewsDue', vscode.StatusBarAlignment.Left, 10));
    this.item.name = 'MLOps Lab: Reviews Due';
    this.item.command = COMMANDS.startReview;
    this._register(deps.onDidChange(() => this.update()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`mlopsLab.${STATUS_SETTING}`) || e.affectsConfiguration(`mlopsLab.${PROMPT_SETTING}`)) this.update();
    }));
    this._register({ dispose: () => clearTimeout(this.timer) });
    this.update();
  }

  /** The text shown now (undefined while hidden); for tests. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private shown = false;
  private timer?: ReturnType<typeof setTimeout>;

  update(): void {
    const config = vscode.workspace.getConfiguration('mlopsLab');
    const due = this.deps.dueCount();
    const text = statusText(due, config.get<boolean>(STATUS_SETTING, true));
    if (text) {
      this.item.text = `$(history) ${text}`;
      this.item.tooltip = statusTooltip(due);
      this.item.accessibilityInformation = { label: statusTooltip(due), role: 'button' };
      this.item.show();
      this.shown = true;
    } else {
      this.item.hide();
      this.shown = false;
    }
    void this.maybePrompt(due, config.get<boolean>(PROMPT_SETTING, false));
    clearTimeout(this.timer);
    const now = (this.deps.now ?? (() => new Date()))().getTime();
    const next = this.deps.nextDueAt?.();
    const wait = next === undefined ? RECHECK_MAX_MS : Math.min(RECHECK_MAX_MS, Math.max(1_000, next - now + 250));
    this.timer = setTimeout(() => (this.deps.timePassed ? this.deps.timePassed() : this.update()), wait);
  }

  /** Today's one prompt, when turned on; the day is remembered before asking, so it never shows twice a day. */
  async maybePrompt(due: number, enabled: boolean): Promise<boolean> {
    const today = localDay((this.deps.now ?? (() => new Date()))());
    if (this.prompting || !shouldPrompt({ enabled, due, today, lastShown: this.deps.memory.get<string>(PROMPT_SHOWN_KEY) })) return false;
    this.prompting = true;
    try {
      await this.deps.memory.update(PROMPT_SHOWN_KEY, today);
      const pick = await this.ask(promptText(due), 'Start Review');
      if (pick === 'Start Review') await vscode.commands.executeCommand(COMMANDS.startReview);
      return true;
    } finally {
      this.prompting = false;
    }
  }
}
