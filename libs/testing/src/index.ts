export { eventually } from './eventually';
export { FrozenBackend, gdbAvailable } from './frozen-backend';
export {
  createEmbeddedTestDatabase,
  createServerTestDatabase,
  DatabaseTarget,
  databaseTargets,
  primaryTarget,
  serverTarget,
  TestDatabase,
  withDatabaseName,
} from './test-databases';
export { deciderSpecification, SpecificationContext, WhenContext } from './decider-specification';
export {
  advanceTransactionCounter,
  currentTransactionId,
  dumpDatabase,
  restoreDatabase,
  SecondCluster,
  SecondClusterOptions,
  startSecondCluster,
} from './second-cluster';
