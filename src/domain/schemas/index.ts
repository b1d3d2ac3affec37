export * from './fields';
export * from './common';
export * from './scorecard';
export * from './session';
export * from './submission';
export * from './outcome';
export * from './history';
export * from './people';
