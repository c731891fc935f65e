import type { AgencyContact, Report } from '../../../../shared/report'
import type { MetaPatch } from '../../state/report-reducer'
import { formatName } from '../../format-labels'
import { contactProblems } from './contact-check'
import { DateField } from './date-field'
import { TitleBreaksField } from './title-breaks-field'

const CONTACT_FIELDS: { key: keyof AgencyContact; label: string; placeholder: string }[] = [
  { key: 'address', label: '通信地址', placeholder: '例如：某某市某某路1号' },
  { key: 'postcode', label: '邮政编码', placeholder: '6位数字' },
  { key: 'phone', label: '联系电话', placeholder: '例如：0573-12345678' },
  { key: 'email', label: '电子邮箱', placeholder: '例如：xxgk@example.gov.cn' },
  { key: 'website', label: '网站', placeholder: '例如：http://www.example.gov.cn' }
]

/** The report's own details: agency, contact for the intro paragraph, deadline, sign-off. */
export function ReportInfo({ report, onChange }: { report: Report; onChange: (patch: MetaPatch) => void }) {
  const problems = contactProblems(report.contact)
  return (
    <section className="report-info" data-testid="report-info">
      <h2>基本信息与落款</h2>
      <p className="muted">
        {report.year}年度 · {formatName(report.format)}。以下信息用于报告开头的说明段落和文末落款。
      </p>
      <div className="form-grid">
        <label>
          机关名称
          <input value={report.agency} onChange={(e) => onChange({ agency: e.target.value })} data-testid="info-agency" />
        </label>
        {CONTACT_FIELDS.map((f) => (
          <label key={f.key}>
            {f.label}
            <input
              value={report.contact[f.key]}
              placeholder={f.placeholder}
              aria-invalid={!!problems[f.key] || undefined}
              data-testid={`info-${f.key}`}
              onChange={(e) => onChange({ contact: { ...report.contact, [f.key]: e.target.value } })}
            />
            {problems[f.key] && <span className="form-error">{problems[f.key]}</span>}
          </label>
        ))}
      </div>
      <TitleBreaksField report={report} onChange={(titleBreaks) => onChange({ titleBreaks })} />
      <fieldset>
        <legend>公布期限（《条例》第四十九条）</legend>
        <label className="radio">
          <input type="radio" name="deadline" checked={report.deadline === 'department'} onChange={() => onChange({ deadline: 'department' })} />
          县级以上人民政府部门：每年1月31日前
        </label>
        <label className="radio">
          <input type="radio" name="deadline" checked={report.deadline === 'government'} onChange={() => onChange({ deadline: 'government' })} />
          县级以上地方人民政府（由办公厅/室公布）：每年3月31日前
        </label>
      </fieldset>
      <fieldset>
        <legend>文末落款</legend>
        <label className="radio">
          <input
            type="checkbox"
            checked={report.signOff.enabled}
            onChange={(e) => onChange({ signOff: { ...report.signOff, enabled: e.target.checked } })}
            data-testid="info-signoff"
          />
          在文末写机关名称和日期
        </label>
        <label>
          落款日期
          <DateField
            value={report.signOff.date}
            disabled={!report.signOff.enabled}
            onChange={(date) => onChange({ signOff: { ...report.signOff, date } })}
            testId="info-signoff-date"
            // A report is signed early in the year after the one it covers.
            placeholder={`年-月-日，例如 ${report.year + 1}-01-20`}
          />
        </label>
      </fieldset>
    </section>
  )
}
