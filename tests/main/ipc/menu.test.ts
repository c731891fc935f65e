import { describe, expect, it } from 'vitest'
import { menuTemplate, type MenuCommand } from '../../../src/main/menu'

describe('native menu', () => {
  it('is in Chinese with the usual shortcuts, and its items send menu:command events', () => {
    const sent: MenuCommand[] = []
    const template = menuTemplate({ send: (c) => sent.push(c), about: () => {}, quit: () => {}, devTools: false })
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)'])
    const items = template.flatMap((m) => m.submenu as { label?: string; accelerator?: string; click?: () => void }[])
    const byLabel = (label: string) => items.find((i) => i.label === label)!
    expect(byLabel('新建报告…').accelerator).toBe('CmdOrCtrl+N')
    expect(byLabel('导入文件…').accelerator).toBe('CmdOrCtrl+O')
    expect(byLabel('撤销').accelerator).toBe('CmdOrCtrl+Z')
    expect(byLabel('复制').accelerator).toBe('CmdOrCtrl+C')
    for (const label of ['新建报告…', '导入文件…', '导出为 Word 文档…', '导出为网页…', '导出为 PDF…', '导出交换文件（JSON）…', '撤销', '重做', '设置…']) byLabel(label).click!()
    expect(sent).toEqual(['new', 'import', 'export-docx', 'export-html', 'export-pdf', 'export-json', 'undo', 'redo', 'settings'])
    expect(items.some((i) => i.label === '开发者工具')).toBe(false)
  })
})
