import type { Report } from '../../../shared/report'
import { PREFACE_HEADING, defaultPreface, hasOwnPreface, prefaceText } from '../../../shared/report/preface'
import type { Warning } from '../../../shared/rules'
import { TextSection } from './text-section'

// The 前言 as a text section: what is shown here is what every export prints. Until the clerk edits
// it, it is the paragraph generated from the report's details (and follows them when they change).

export interface PrefaceSectionProps {
  report: Report
  warnings: Warning[]
  onChange: (text: string) => void
  selectRequest?: { start: number; end: number; n: number }
}

export function PrefaceSection({ report, warnings, onChange, selectRequest }: PrefaceSectionProps) {
  const own = hasOwnPreface(report)
  return (
    <>
      <TextSection
        section={{ key: 'preface', heading: PREFACE_HEADING, prompt: '（报告开头、“一、总体情况”之前的说明段落：编制依据、统计期限、电子版网址、联系方式。导出时按这里的文字印出。）' }}
        text={prefaceText(report)}
        warnings={own ? warnings : []}
        onChange={(text) => onChange(text.trim() === '' ? '' : text)}
        selectRequest={selectRequest}
      />
      <p className="form-hint" data-testid="preface-origin">
        {own ? (
          <>
            这是您编写（或从上年报告带来）的前言。{' '}
            <button
              type="button"
              className="link"
              data-testid="preface-reset"
              onClick={() => onChange('')}
              title={defaultPreface(report)}
            >
              恢复为按“基本信息与落款”自动生成
            </button>
          </>
        ) : (
          '这是按“基本信息与落款”自动生成的前言，机关名称、联系方式修改后随之更新；直接修改即改为您自己的文字。'
        )}
      </p>
    </>
  )
}
