// The daily review habit, decided without `vscode`: the status-bar text and whether today's one prompt is due. Pure.

/** "MLOps: 3 due", or undefined when nothing is due or the learner turned the item off (it is hidden then). */
export function statusText(due: number, enabled: boolean): string | undefined {
  return enabled && due > 0 ? `MLOps: ${due} due` : undefined;
}

export function statusTooltip(due: number): string {
  return `${due} review question${due === 1 ? ' is' : 's are'} due in MLOps Lab. Click to start the review.`;
}

export interface PromptInput {
  /** The learner turned the daily prompt on (off by default). */
  enabled: boolean;
  due: number;
  /** Local date the prompt was last shown (kept in global state), if ever. */
  lastShown?: string;
  /** Local date today. */
  today: string;
}

/** At most one prompt a day, only when turned on and something is due. */
export function shouldPrompt(p: PromptInput): boolean {
  return p.enabled && p.due > 0 && p.lastShown !== p.today;
}

export function promptText(due: number): string {
  return `MLOps Lab: ${due} question${due === 1 ? ' is' : 's are'} due for review now. A few minutes keeps them fresh.`;
}
