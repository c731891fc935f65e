/** Whether out/main/cli.js exists and is newer than every source it is built from. */
export function builtIsFresh(): boolean
