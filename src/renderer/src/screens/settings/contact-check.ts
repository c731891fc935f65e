// The checks live with the model: the export's final check lists the same problems.
export { contactProblems } from '../../../../shared/report/contact-check'
