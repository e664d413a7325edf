import { UserDirectory } from '@app/auth';
import { TaskView } from '@app/read-models';

/** A task as the API answers it: the view, and the display names of the people it names. */
export type TaskWithPeople = TaskView & {
  /** Display names by user id of the task's inspectors, its findings' recorders and its submitter (those still in the directory). */
  readonly people: Readonly<Record<string, string>>;
};

/** The user ids a task names: its inspectors, who recorded each finding, who submitted it. */
export function usersNamedBy(task: TaskView): string[] {
  return [
    ...task.inspectors.map((inspector) => inspector.inspectorId),
    ...task.findings.map((finding) => finding.recordedBy),
    ...(task.submittedBy === undefined ? [] : [task.submittedBy]),
  ];
}

/** The tasks with the names of everyone they name, looked up in one query for all of them (a board page needs no call per row). */
export async function withPeople(tasks: readonly TaskView[], users: UserDirectory): Promise<TaskWithPeople[]> {
  const names = await users.displayNames(tasks.flatMap(usersNamedBy));
  return tasks.map((task) => ({
    ...task,
    people: Object.fromEntries(usersNamedBy(task).flatMap((id) => (names.has(id) ? [[id, names.get(id)!]] : []))),
  }));
}
