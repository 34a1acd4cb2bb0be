// The action list an object holds, looked at alone (completion in a half-typed document has no
// binding): a listener's DefaultActions, or a listener rule's Actions.
import type { ObjectNode } from '../syntax/tree';
import type { ActionListFacts } from './actionList';
import { listenerFacts } from './listener';
import { ruleFacts } from './rule';

/** The facts of the object that holds an action list under `member`, or undefined for another member. */
export function actionListOfOwner(owner: ObjectNode, member: string): ActionListFacts | undefined {
  if (member === 'DefaultActions') return listenerFacts(owner);
  if (member === 'Actions') return ruleFacts(owner);
  return undefined;
}
