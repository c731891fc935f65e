import { readFileSync } from 'node:fs'
import { cellsOf } from '../../../src/shared/form'
import { newReport, parseExchangeText, reportFromExchange, type Report } from '../../../src/shared/report'
import { sharedPath } from '../../helpers/fixtures'

// Reports the export tests render: the real 2020 fixture (2019 format) and a 2021 report whose
// every cell holds a different number, so a value written into the wrong cell cannot go unnoticed.

export function fixtureReport(): Report {
  const ex = parseExchangeText(readFileSync(sharedPath('fixtures/jiaxing-zjj-2020.json'), 'utf8'))
  const report = reportFromExchange(ex, { id: 'fixture', now: new Date('2021-01-20T00:00:00Z') })
  report.contact = { address: '嘉兴市中环南路1号', postcode: '314000', phone: '0573-82000000', email: '', website: 'http://jsj.jiaxing.gov.cn' }
  return report
}

export function distinct2021Report(): Report {
  const report = newReport({ agency: '某某市某某局', year: 2021, id: 'distinct', now: new Date('2022-01-10T00:00:00Z') })
  cellsOf('2021').forEach((info, i) => {
    report.cells[info.key] = info.kind === 'amount' ? i + 0.25 : 100 + i
  })
  report.text = {
    overview: '2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n（一）主动公开\n1.规范流程。全年主动公开信息120条。\n（二）依申请公开\n全年共收到申请10件。',
    problems: '一是公开质量有待提高。\n二是解读形式不够丰富。',
    other: '本年度未收取信息处理费。'
  }
  report.signOff = { enabled: true, date: '2022-01-15' }
  return report
}
