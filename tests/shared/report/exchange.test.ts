import { describe, expect, it } from 'vitest'
import { ExchangeError, parseExchangeText, writeExchangeText } from '../../../src/shared/report'
import { readShared } from '../../helpers/fixtures'

const fixtureText = readShared('fixtures/jiaxing-zjj-2020.json')

describe('exchange file nianbao/report@1', () => {
  it('reads the real fixture and writes it back unchanged', () => {
    const report = parseExchangeText(fixtureText)
    expect(report.format).toBe('2019')
    expect(report.cells['t2.procurement.amount']).toBe(3920141.46)
    expect(JSON.parse(writeExchangeText(report))).toEqual(JSON.parse(fixtureText))
  })

  it('keeps "/" and blank apart from 0', () => {
    const data = JSON.parse(fixtureText)
    data.cells['t3.new.legal'] = '/'
    delete data.cells['t3.new.research']
    const report = parseExchangeText(JSON.stringify(data))
    expect(report.cells['t3.new.legal']).toBe('/')
    expect(report.cells['t3.new.research']).toBeNull()
  })

  const bad: Array<[string, (d: Record<string, any>) => void, RegExp, string]> = [
    ['wrong schema', (d) => (d.schema = 'x'), /schema/, 'schema'],
    ['unknown format', (d) => (d.format = '2020'), /format/, 'format'],
    ['year out of range', (d) => (d.year = 20), /year/, 'year'],
    ['a cell key of the other format', (d) => (d.cells['t2.regulations.issued'] = 1), /不是2019年版格式的单元格/, 'cells.t2.regulations.issued'],
    ['an object in a cell', (d) => (d.cells['t3.new.total'] = { a: 1 }), /t3\.new\.total/, 'cells.t3.new.total'],
    ['text that is not text', (d) => (d.text = { overview: 3 }), /text\.overview/, 'text.overview'],
    ['a prototype key', (d) => (d.cells = JSON.parse('{"__proto__": 1}')), /__proto__/, 'cells.__proto__']
  ]
  for (const [name, mutate, message, field] of bad) {
    it(`rejects ${name} with a Chinese message naming the field`, () => {
      const data = JSON.parse(fixtureText)
      mutate(data)
      let error: unknown
      try {
        parseExchangeText(JSON.stringify(data))
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(ExchangeError)
      expect((error as ExchangeError).message).toMatch(message)
      expect((error as ExchangeError).field).toBe(field)
    })
  }

  it('rejects text that is not JSON', () => {
    expect(() => parseExchangeText('{"schema":')).toThrow(/不是有效的 JSON/)
  })

  it('names a number too large to read (1e309) instead of calling it null', () => {
    const text = fixtureText.replace(/"t3\.new\.total":\s*[^,}]+/, '"t3.new.total": 1e309')
    expect(text).toContain('1e309')
    const error = (() => {
      try {
        parseExchangeText(text)
      } catch (e) {
        return e as ExchangeError
      }
    })()
    expect(error).toBeInstanceOf(ExchangeError)
    expect(error!.message).toContain('单元格“t3.new.total”')
    expect(error!.message).toContain('超出范围的数字')
    expect(error!.message).not.toContain('实际为 null')
    const year = (() => {
      try {
        parseExchangeText(fixtureText.replace(/"year":\s*\d+/, '"year": -1e309'))
      } catch (e) {
        return (e as Error).message
      }
    })()
    expect(year).toContain('超出范围的数字')
  })
})
