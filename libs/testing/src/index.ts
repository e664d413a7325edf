export { eventually } from './eventually';
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
export { deciderSpecification } from './decider-specification';
