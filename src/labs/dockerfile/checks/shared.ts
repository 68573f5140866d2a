// Helpers the check modules share: the check shape, "needs a Dockerfile" findings, instruction lookups.
import type { Instruction } from 'dockerfile-ast';
import type { CheckDefinition, Finding, Range } from '../../types';
import { DOCKERFILE, type Context } from '../context';
import { finalStage, type ParsedDockerfile, type Stage } from '../parse';
import { at, finding, type LspRange } from '../positions';

export type CheckFn = (ctx: Context) => Finding[];

export interface DockerCheck {
  definition: CheckDefinition & { scope: 'general' | 'lab' };
  run: CheckFn;
}

export function needsDockerfile(): Finding[] {
  return [finding(DOCKERFILE, at(1), 'This check needs a Dockerfile it can read: see "Dockerfile is valid" first.')];
}

export function noFrom(): Finding {
  return finding(DOCKERFILE, at(1), 'The Dockerfile has no FROM instruction, so there is no image to check: start it with a base image, e.g. FROM python:3.12-slim.');
}

/** Runs `fn` with the parsed Dockerfile, or reports that the check needs one. */
export function withDocker(fn: (p: ParsedDockerfile, ctx: Context) => Finding[]): CheckFn {
  return (ctx) => (ctx.docker ? fn(ctx.docker, ctx) : needsDockerfile());
}

export function withFinal(fn: (p: ParsedDockerfile, final: Stage, ctx: Context) => Finding[]): CheckFn {
  return withDocker((p, ctx) => {
    const final = finalStage(p);
    return final ? fn(p, final, ctx) : [noFrom()];
  });
}

export const of = (ins: readonly Instruction[], kw: string): Instruction[] => ins.filter((i) => i.getKeyword() === kw);

/** The first instruction in `list` with one of `keywords`; new lines are inserted before it. */
export function insertionPoint(list: readonly Instruction[], keywords: string[]): Instruction | undefined {
  return list.find((i) => keywords.includes(i.getKeyword()));
}

export function lineStart(ins: Instruction): Range {
  return at(ins.getRange().start.line + 1, 1);
}

export function endOf(r: LspRange): Range {
  return at(r.end.line + 1, r.end.character + 1);
}

export function lineOf(ins: Instruction): number {
  return ins.getRange().start.line + 1;
}

/** A Python image suggestion is only offered for Python images. */
export const PYTHON_SLIM_TAG = '3.12-slim';
