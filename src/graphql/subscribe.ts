import { createHash } from 'node:crypto';
import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { viewerKey } from '../auth/viewer.js';
import { oncePerEvent } from '../events/pubsub.js';
import { mapEvents } from '../events/streams.js';
import type { Context } from './context.js';

/** The text each subscription's document was parsed from (set where it is parsed), for the sharing key. */
const operationTexts = new WeakMap<DocumentNode, string>();

export function rememberOperationText(document: DocumentNode, text: string): void {
  operationTexts.set(document, text);
}

let sharedExecutions = 0;

/** Executions of subscription events so far in this process (tests compare it before and after an event). */
export function subscriptionExecutionsSoFar(): number {
  return sharedExecutions;
}

/**
 * What makes two subscribers' answers to one event the same: the operation, its variables and the viewer (every
 * rule a resolver applies reads the viewer from the context, nothing else of the connection). Null when the
 * operation's text is unknown: then the subscriber executes alone. A digest, because each event compares it once
 * per subscriber and the operation's text is long.
 */
function sharingKey(args: ExecutionArgs): string | null {
  const text = operationTexts.get(args.document);
  if (text === undefined) return null;
  const context = args.contextValue as Context;
  const identity = JSON.stringify([viewerKey(context.viewer), args.operationName ?? null, args.variableValues ?? {}, text]);
  return `execute|${createHash('sha256').update(identity).digest('base64')}`;
}

/**
 * graphql-js `subscribe`, except that subscribers of one event who would get the same answer share one execution.
 * Each subscriber still has its own source stream: its authorization when it subscribes and its own filter of
 * events (`createSourceEventStream`). The per-event execution (the resolvers, each type's rules for the viewer) is
 * what 10,000 dashboards of one viewer, or citizens on a public page, would otherwise repeat 10,000 times.
 */
export async function subscribeSharingExecution(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  const key = sharingKey(args);
  const executeEvent = (event: unknown): Promise<ExecutionResult> | ExecutionResult => {
    const run = () => {
      sharedExecutions += 1;
      return execute({ ...args, rootValue: event });
    };
    return key !== null && typeof event === 'object' && event !== null ? oncePerEvent(event, key, run) : run();
  };
  return mapEvents(stream as AsyncIterable<unknown>, executeEvent);
}
