/** How much a finding matters: errors stop outputs, warnings ask for a look, infos are for the report. */
export type Severity = 'error' | 'warning' | 'info';
