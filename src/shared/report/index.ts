export * from './types'
export * from './values'
export * from './exchange'
export * from './create'
