// 填报说明: what a row or column of the form counts. Each note says where its words come from, so
// the editor never passes our explanation off as the official text.

export type NoteSource =
  /** Words printed on the official form itself (a label's parenthesis, 表三's corner cell). */
  | { kind: 'form'; cite: string }
  /** An official notice or interpretation, quoted. */
  | { kind: 'notice'; cite: string }
  /** Our plain explanation, not official wording; `basis` names the rule it rests on, if any. */
  | { kind: 'ours'; basis?: string }

export interface FillingNote {
  text: string
  source: NoteSource
}

// Short citations, as shown beside a note. In full: 国务院办公厅政府信息与政务公开办公室《关于政府信息
// 公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）with its 《中华人民共和国政府信息公开工作
// 年度报告格式（试行）》; 《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函
// 〔2021〕30号，2021-09-26）; 《中华人民共和国政府信息公开条例》（2019年修订）.
export const FORM_2019 = '2019年版年报格式（国办公开办函〔2019〕60号）'
export const FORM_2021 = '2021年版年报格式（国办公开办函〔2021〕30号）'
export const REGULATION = '《政府信息公开条例》'

export const ours = (text: string, basis?: string): FillingNote => ({ text, source: basis ? { kind: 'ours', basis } : { kind: 'ours' } })
