export {
  isRoundKind,
  isScoredRoundKind,
  ROUND_KINDS,
  RoundKind,
  roundStreamId,
  RoundWindow,
  SCORED_ROUND_KINDS,
  SCORING_METHODS,
  ScoringMethod,
  ScoringPolicy,
} from './round';
export { findRubricProblems, Rubric, RubricItem, rubricItem } from './rubric';
export { ArchiveRound, CloseScoring, PlanRound, PublishRound, ReviseRubric, RoundCommand, StartRound } from './round.commands';
export {
  InvalidPeriod,
  InvalidRoundScope,
  InvalidRoundWindow,
  InvalidRubric,
  InvalidScoringPolicy,
  RoundAlreadyPlanned,
  RoundAlreadyPublished,
  RoundAlreadyStarted,
  RoundAlreadyArchived,
  RoundNotAcceptingTasks,
  RoundNotActive,
  RoundNotFound,
  RoundNotPublished,
  RoundScoringAlreadyClosed,
  RoundScoringNotClosed,
  RoundTitleRequired,
  RubricLocked,
  TargetOutsideRoundScope,
  ThemeRequired,
  UnknownRoundKind,
} from './round.errors';
export {
  ROUND_EVENT_TYPES,
  RoundArchived,
  RoundEvent,
  RoundPlanned,
  RoundPublished,
  RoundRubricRevised,
  RoundScoringClosed,
  RoundStarted,
} from './round.events';
export {
  ActiveRound,
  ArchivedRound,
  evolveRound,
  initialRoundState,
  PlannedRound,
  PublishedRound,
  RoundDetails,
  RoundState,
  RoundStatus,
  ScoringClosedRound,
  UnplannedRound,
} from './round.state';
export { roundWorkflow } from './round.workflow';
export { assertCountyInRoundScope, assertRoundAcceptsScores, assertRoundAcceptsTasks, assertRoundInInspection, RoundProgress } from './round.rules';
