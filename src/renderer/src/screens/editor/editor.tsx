import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { applyLinkUpdate, insertDraft, insertUnderSubHeadings } from '../../../../shared/drafting'
import { FORMATS, layoutOf, sectionOfCell, type TextKey, type TextSectionKey } from '../../../../shared/form'
import type { Report } from '../../../../shared/report'
import { acknowledge, withdrawAcknowledgement, type Warning } from '../../../../shared/rules'
import { errorMessage } from '../../api'
import { formatName } from '../../format-labels'
import { canRedo, canUndo, type ReportAction } from '../../state/report-reducer'
import { describeStep } from '../../state/step-summary'
import { useReportEditor } from '../../state/use-report-editor'
import type { Refused } from '../../tables/use-refused-drafts'
import { TableGrid } from '../../tables/table-grid'
import { computedShown, totalHints } from '../../tables/total-hints'
import { PrefaceSection } from '../../text/preface-section'
import { TextSection } from '../../text/text-section'
import { tableProgress } from '../../warnings/calm-start'
import { useWarnings } from '../../warnings/use-warnings'
import type { WarningActions } from '../../warnings/warning-item'
import { WarningsPanel } from '../../warnings/warnings-panel'
import { ReportInfo } from '../settings/report-info'
import { CellGuide } from './cell-guide'
import { ExportDialog, type ExportKind } from './export-dialog'
import { SaveConflictDialog } from './save-conflict-dialog'
import { SaveIndicator } from './save-indicator'
import { INFO_TAB_LABEL, SectionNav, TableProgress, type EditorTab } from './section-nav'
import { SnapshotsPanel } from './snapshots-panel'
import { focusWhenShown } from './focus-when-shown'
import { useEditorCommands } from './use-editor-commands'
import { usePrint } from './use-print'
import { usePreviousReport } from './use-previous-report'

const NO_HINTS: ReadonlyMap<string, number> = new Map()

const isTextKey = (k: string): k is TextKey => k === 'overview' || k === 'problems' || k === 'other' || k === 'preface'

export function Editor({
  initial,
  revision,
  autoTotals = false,
  onHome,
  onSettings,
  onYears
}: {
  initial: Report
  revision: number
  /** 总计 cells fill themselves from their parts (the app setting 总计自动合计). */
  autoTotals?: boolean
  onHome: () => void
  onSettings: () => void
  /** Opens 历年对比 of this report's agency. */
  onYears?: () => void
}) {
  const { state, report, dispatch: dispatchEdit, saveStatus, flush, resolveConflict, reloadStored } = useReportEditor(initial, revision, { autoTotals })
  const previous = usePreviousReport(report)
  const { warnings, index, notes, failure } = useWarnings(report, previous, autoTotals)
  // A 2021 report that kept 2019's single （六） row is edited in the layout it was published in.
  const layout = layoutOf(report.format, report.cells)
  // Computed totals fill themselves; with the setting off, empty totals show their sum greyed.
  const hints = useMemo(() => (autoTotals ? NO_HINTS : totalHints(layout, report.cells)), [autoTotals, layout, report.cells])
  const computed = useMemo(() => computedShown(autoTotals, report.computed), [autoTotals, report.computed])
  const progress = useMemo(() => tableProgress(layout, report.cells), [layout, report.cells])
  const sections = FORMATS[report.format].sections
  const [tab, setTab] = useState<EditorTab>('t3')
  const [focusedCell, setFocusedCell] = useState<string | null>(null)
  const [focusRequest, setFocusRequest] = useState<{ key: string; n: number }>()
  const [selectRequest, setSelectRequest] = useState<{ start: number; end: number; n: number }>()
  const [notice, setNotice] = useState<string | null>(null)
  const [stepNote, setStepNote] = useState<{ text: string; n: number } | null>(null)
  const [exportKind, setExportKind] = useState<ExportKind | null>(null)
  // Excel habits across sections: the focus enters a table the user switches to, at the cell last
  // used there; text refused in a cell stays with it while another section is shown.
  const [lastCells, setLastCells] = useState<Partial<Record<EditorTab, string>>>({})
  const [enterGrid, setEnterGrid] = useState(false)
  const [refusedStore] = useState(() => new Map<string, Refused>())

  const reportRef = useRef(report)
  useEffect(() => {
    reportRef.current = report
  }, [report])
  const historyRef = useRef(state.history)
  useLayoutEffect(() => {
    historyRef.current = state.history
  }, [state.history])

  // Undo and redo show what they changed: its section, its cell or words, and a line saying it.
  const dispatch = useCallback(
    (action: ReportAction) => {
      if (action.type !== 'undo' && action.type !== 'redo') return dispatchEdit(action)
      const h = historyRef.current
      const target = action.type === 'undo' ? h.past[h.past.length - 1] : h.future[0]
      dispatchEdit(action)
      if (!target) return
      const view = describeStep(h.present, target, INFO_TAB_LABEL)
      if (!view) return
      const n = Date.now()
      setStepNote({ text: `${action.type === 'undo' ? '撤销' : '重做'}：${view.what}`, n })
      if (view.cell) {
        setTab(sectionOfCell(view.cell))
        setFocusRequest({ key: view.cell, n })
      } else if (view.text) {
        setTab(view.text.section)
        setSelectRequest({ start: view.text.start, end: view.text.end, n })
      } else if (view.info) setTab('info')
    },
    [dispatchEdit]
  )

  // Read by switchSection, which stays the same function while the cursor moves.
  const where = useRef({ tab, focusedCell })
  useEffect(() => {
    where.current = { tab, focusedCell }
  }, [tab, focusedCell])

  /** A switch of section by the user (the list on the left, Ctrl+PageUp / PageDown). */
  const switchSection = useCallback((to: EditorTab | ((t: EditorTab) => EditorTab)) => {
    const { tab: from, focusedCell: cellKey } = where.current
    const t = typeof to === 'function' ? to(from) : to
    if (cellKey && sectionOfCell(cellKey) === from) setLastCells((m) => ({ ...m, [from]: cellKey }))
    setFocusRequest(undefined)
    setEnterGrid(true)
    setTab(t)
    if (t !== 't2' && t !== 't3' && t !== 't4') setFocusedCell(null)
  }, [])

  const jump = useCallback((w: Warning) => {
    setExportKind(null)
    const key = w.cells[0]
    const span = w.spans?.[0]
    // A warning about a text section (T1, S3) goes to the words; others to their first cell.
    if (span && (isTextKey(w.section) || !key)) {
      setTab(span.section)
      setSelectRequest({ start: span.start, end: span.end, n: Date.now() })
      return
    }
    if (key) {
      setTab(sectionOfCell(key))
      setFocusRequest({ key, n: Date.now() })
      return
    }
    if (w.section !== 'document') setTab(w.section)
  }, [])

  /** A text section from the export dialog: its review markers (S3) selected, or just the section. */
  const showTextSection = useCallback(
    (key: TextKey) => {
      const marker = warnings.find((w) => w.fingerprint === `S3:${key}:marker`)
      if (marker) return jump(marker)
      setExportKind(null)
      setTab(key)
    },
    [warnings, jump]
  )

  /** A detail from the export dialog (a 邮编 marked wrong): its field on 基本信息与落款, focused. */
  const showDetail = useCallback((field: string) => {
    setExportKind(null)
    setTab('info')
    focusWhenShown(`[data-testid="info-${field}"]`)
  }, [])

  const actions: WarningActions = useMemo(
    () => ({
      onJump: jump,
      onFix: (w) => {
        // A linked figure of the text (生成表述) is rewritten in place; other fixes set cells.
        const update = w.fix?.text && applyLinkUpdate(reportRef.current, w.fix.text)
        if (update) dispatch({ type: 'setLinkedText', ...update })
        else if (w.fix) dispatch({ type: 'setCells', set: w.fix.set })
      },
      onAcknowledge: (w, explanation) => {
        try {
          dispatch({ type: 'setAcknowledgements', list: acknowledge(reportRef.current, w, explanation) })
        } catch (e) {
          setNotice(errorMessage(e))
        }
      },
      onWithdraw: (w) => dispatch({ type: 'setAcknowledgements', list: withdrawAcknowledgement(reportRef.current, w.fingerprint) })
    }),
    [dispatch, jump]
  )

  const tabOrder = useMemo<EditorTab[]>(() => ['preface', ...sections.map((s) => s.key as EditorTab), 'info'], [sections])
  useEditorCommands({ dispatch, flush, tabOrder, setTab: switchSection, jump, warnings, openExport: setExportKind })
  const { print, printing } = usePrint(report.id, flush, setNotice)

  useEffect(() => {
    if (!notice) return
    const t = setTimeout(() => setNotice(null), 6000)
    return () => clearTimeout(t)
  }, [notice])

  useEffect(() => {
    if (!stepNote) return
    const t = setTimeout(() => setStepNote(null), 8000)
    return () => clearTimeout(t)
  }, [stepNote])

  const setCells = useCallback((set: Record<string, Report['cells'][string]>) => dispatch({ type: 'setCells', set }), [dispatch])
  const leave = async (then: () => void) => {
    await flush()
    then()
  }

  const section = sections.find((s) => s.key === tab)

  return (
    <div className="editor" data-testid="editor">
      <header className="editor-header">
        <button type="button" onClick={() => leave(onHome)} data-testid="go-home" title="返回报告列表（会先保存）">
          ← 报告列表
        </button>
        <h1>
          <span data-testid="editor-agency">{report.agency || '（未填写机关名称）'}</span>
          <span className="muted">
            {report.year}年度 · {formatName(report.format)}
          </span>
        </h1>
        <SaveIndicator status={saveStatus} />
        {stepNote && (
          <span className="step-note" role="status" data-testid="step-note" key={stepNote.n}>
            {stepNote.text}
          </span>
        )}
        {saveStatus.kind === 'conflict' && <SaveConflictDialog message={saveStatus.message} onChoose={resolveConflict} />}
        <div className="toolbar">
          <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={!canUndo(state)} data-testid="undo" title="撤销（Ctrl+Z）">
            ↶ 撤销
          </button>
          <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={!canRedo(state)} data-testid="redo" title="重做（Ctrl+Y）">
            ↷ 重做
          </button>
          {onYears && (
            <button type="button" onClick={() => leave(onYears)} data-testid="open-years" title="与往年报告的主要数据对比（会先保存）">
              历年对比
            </button>
          )}
          <button type="button" onClick={() => leave(onSettings)} data-testid="open-settings">
            导出设置
          </button>
          <button type="button" onClick={print} disabled={printing} data-testid="print" title="打印报告文档（Ctrl+P）">
            打印
          </button>
          <button type="button" className="primary" onClick={() => setExportKind('docx')} data-testid="export">
            导出…
          </button>
        </div>
      </header>
      <div className="editor-body">
        <SectionNav sections={sections} active={tab} warnings={warnings} progress={progress} onSelect={switchSection} />
        <main className="editor-main" data-testid={`section-${tab}`}>
          {failure && (
            <div className="banner banner-error" role="alert">
              ✖ 自动检查出错，暂时无法显示问题（数据照常保存）：{failure}
            </div>
          )}
          {notice && (
            <div className="notice" role="status" data-testid="notice">
              {notice}
            </div>
          )}
          {section && section.kind === 'table' && (tab === 't2' || tab === 't3' || tab === 't4') && (
            <section className="table-section">
              <h2>
                {section.heading}
                <TableProgress progress={progress.get(tab)} />
              </h2>
              <TableGrid
                key={tab}
                format={layout}
                table={tab}
                cells={report.cells}
                marks={index.marks}
                notes={notes}
                hints={hints}
                computed={computed}
                onSetCells={setCells}
                onCursor={setFocusedCell}
                onNotice={setNotice}
                focusRequest={focusRequest}
                initialCell={lastCells[tab]}
                focusOnMount={enterGrid}
                refusedStore={refusedStore}
              />
              <p className="grid-help">
                方向键、Tab、Enter 移动（连按 Tab 后回车回到起始列的下一行）；Ctrl+Home / Ctrl+End 到首格 / 末格，PageUp / PageDown 翻页；直接输入即替换，F2 或双击修改；Delete 清空；不适用填“/”；Shift+方向键选择区域，Ctrl+C / Ctrl+V 与 Excel、WPS 互相复制粘贴。{autoTotals ? '灰色斜体的总计是自动合计：输入数字即改为手工填写，清空即恢复自动合计。' : '灰色数字是合计的参考值。'}
              </p>
            </section>
          )}
          {section && section.kind === 'text' && isTextKey(section.key) && (
            <TextSection
              key={section.key}
              section={{ ...section, key: section.key }}
              text={report.text[section.key]}
              warnings={warnings}
              onChange={(text) => dispatch({ type: 'setText', section: section.key as TextSectionKey, text, at: Date.now() })}
              selectRequest={selectRequest}
              // 五 (problems) says nothing the tables hold: no 生成表述 there.
              drafting={section.key === 'problems' ? undefined : {
                report,
                insert: (at, paragraphs) => {
                  const key = section.key as TextSectionKey
                  const r = reportRef.current
                  const links = r.textLinks ?? []
                  const ins =
                    at === 'subheadings'
                      ? insertUnderSubHeadings(r.text[key], links, key, paragraphs)
                      : insertDraft(r.text[key], links, key, at, paragraphs.map((p) => p.sentences))
                  dispatch({ type: 'setLinkedText', text: { ...r.text, [key]: ins.text }, textLinks: ins.links })
                  return ins.caret
                }
              }}
            />
          )}
          {tab === 'preface' && (
            <PrefaceSection
              report={report}
              warnings={warnings}
              onChange={(text) => dispatch({ type: 'setText', section: 'preface', text, at: Date.now() })}
              selectRequest={selectRequest}
            />
          )}
          {tab === 'info' && (
            <>
              <ReportInfo report={report} onChange={(patch) => dispatch({ type: 'setMeta', patch, at: Date.now() })} />
              <SnapshotsPanel reportId={report.id} flush={flush} onRestored={reloadStored} />
            </>
          )}
        </main>
        <WarningsPanel format={report.format} warnings={warnings} index={index} focusedCell={focusedCell} currentSection={tab} actions={actions} cellGuide={focusedCell && <CellGuide layout={layout} cellKey={focusedCell} cells={report.cells} previous={previous} />} />
      </div>
      {exportKind && (
        <ExportDialog
          report={report}
          previous={previous}
          kind={exportKind}
          flush={flush}
          onJump={jump}
          onShowSection={showTextSection}
          onShowDetail={showDetail}
          onClose={() => setExportKind(null)}
        />
      )}
    </div>
  )
}
