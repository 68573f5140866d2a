// Loads the course once, on first use, and reloads on request. Pure.
import type { Course } from './model';
import type { ContentSource } from './source';

export class CourseStore {
  private loading?: Promise<Course>;
  private readonly listeners = new Set<() => void>();

  /** `load` is injected so the extension can keep the YAML parser out of its activation bundle. */
  constructor(private readonly source: ContentSource, private readonly load: (source: ContentSource) => Promise<Course>) {}

  get(): Promise<Course> {
    this.loading ??= this.load(this.source);
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
}
