// The title breaker lives in shared (the editor shows its breaks); kept here for the exporters' imports.
export * from '../../shared/report/title-lines'
