// A problem with a scenario that only shows once its system is built (a region
// name a lever targets, an edge to a unit that does not exist): bad input, with a path.

export class ScenarioError extends Error {
  constructor(
    /** JSON path of the field at fault, e.g. `strategies[0].levers[1].targets`. */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ScenarioError';
  }
}
