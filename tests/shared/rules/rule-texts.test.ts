import { describe, expect, it } from 'vitest'
import { RULE_TEXTS, ruleText } from '../../../src/shared/rules'
import type { RuleId } from '../../../src/shared/rules'

// Every rule the engine can raise has plain words for the clerk: a title and a sentence, in Chinese,
// without the rule code (codes belong in the details view only).

const IDS: RuleId[] = ['C1', 'C2', 'C3', 'C5', 'C6', 'E4', 'X1', 'C7', 'T1', 'F1', 'S1', 'S2', 'S3', 'V1', 'H1', 'D1']

describe('plain words for every rule', () => {
  it.each(IDS)('%s has a Chinese title and explanation without codes', (id) => {
    const t = RULE_TEXTS[id]
    expect(t.title).toMatch(/[\u4e00-\u9fff]/)
    expect(t.explanation).toMatch(/[\u4e00-\u9fff]{6}/)
    expect(`${t.title}${t.explanation}`).not.toMatch(/\b[A-Z]\d\b/)
  })

  it('covers exactly the rule ids of the engine', () => {
    expect(Object.keys(RULE_TEXTS).sort()).toEqual([...IDS].sort())
  })

  it('falls back to the code for an unknown rule', () => {
    expect(ruleText('Z9').title).toBe('Z9')
  })
})
