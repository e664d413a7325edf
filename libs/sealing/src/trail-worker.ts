import { runTrailWorkerIfAsked } from './parallel-trail-verifier';

// A worker script for the parallel offline check where the program is not one bundle (the tests):
// the built program's own main.js serves as the script there.
runTrailWorkerIfAsked();
