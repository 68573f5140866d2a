// Loads the course once, on first use, and reloads on request. Pure.
import type { Course } from './model';
import type { ContentSource } from './source';

export class CourseStore {
  private loading?: Promise<Course>;
  private readonly listeners = new Set<() => void>();

  /** `load` is injected so the extension can keep the YAML parser out of its activation bundle. */
  constructor(private readonly source: ContentSource, private readonly load: (source: ContentSource) => Promise<Course>) {}

  private readonly loadListeners = new Set<(course: Course) => void>();

  get(): Promise<Course> {
    if (!this.loading) {
      this.loading = this.load(this.source);
      void this.loading.then((c) => this.loadListeners.forEach((l) => l(c)));
    }
    return this.loading;
  }

  reload(): Promise<Course> {
    this.loading = undefined;
    const p = this.get();
    void p.then(() => this.listeners.forEach((l) => l()));
    return p;
  }

  onDidReload(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Fires after every load (the first one and each reload). */
  onDidLoad(listener: (course: Course) => void): { dispose(): void } {
    this.loadListeners.add(listener);
    return { dispose: () => this.loadListeners.delete(listener) };
  }
}
