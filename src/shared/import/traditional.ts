// Reports published in Traditional characters (some county sites convert their pages): labels and
// headings are matched after mapping each Traditional character to its Simplified form. Only the
// characters of the form's own labels, headings and title are listed (a test checks every target
// against the form definition), one character for one, so positions stay the same. For matching
// only: values, names and text are imported as written.

const PAIRS =
  '萬万業业為为舉举於于會会體体關关內内決决況况減减製制辦办務务動动區区單单' +
  '發发隻只後后國国處处復复複复審审對对屬属廢废開开強强當当總总縂总' +
  '執执護护報报據据數数無无機机權权條条構构沒没現现確确穩稳類类係系糾纠' +
  '納纳組组織织經经結结繼继續续維维繳缴罰罚範范獲获補补規规計计認认議议許许' +
  '訟讼訪访訴诉詢询請请購购費费轉转過过這这進进採采問问項项題题額额' +
  // The statistics period the year is read from ("統計期限", "統計時間", "統計週期").
  '統统時时間间週周'

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i], PAIRS[2 * i + 1]] as const)
)

const ANY = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join('')}]`, 'g')

/** The text with the form's Traditional characters in Simplified form, for matching labels (same length). */
export function simplifiedForMatching(text: string): string {
  return text.replace(ANY, (ch) => TRADITIONAL_TO_SIMPLIFIED.get(ch)!)
}
