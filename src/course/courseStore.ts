// Loads the course once, on first use, and reloads on request. Pure.
import { loadCourse } from './load';
import type { Course } from './model';
import type { ContentSource } from './source';

export class CourseStore {
  private loading?: Promise<Course>;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly source: ContentSource) {}

  get(): Promise<Course> {
    this.loading ??= loadCourse(this.source);
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
