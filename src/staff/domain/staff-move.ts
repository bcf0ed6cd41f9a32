/** What binds a person to their municipality and kind: EA assignment periods and teams they lead. */
export interface StaffTies {
  readonly assignments: number;
  readonly ledTeams: number;
}

/**
 * A person with EA assignments or a team to lead cannot move to another municipality or change
 * kind: the assignments and teams are handed over first. Used by the staff API and the import.
 */
export function isTiedDown(ties: StaffTies): boolean {
  return ties.assignments > 0 || ties.ledTeams > 0;
}
