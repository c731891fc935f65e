import { useCallback, useEffect, useRef, useState } from 'react'
import { api, errorMessage } from '../../api'

/**
 * 打印: saves, then prints the report's document (the web-page export) — through the system print
 * dialog in the app; in a browser the printable page opens in a new tab. The 打印 button, Ctrl+P
 * (instead of printing the editor screen) and 文件 › 打印.
 */
export function usePrint(reportId: string, flush: () => Promise<void>, onNotice: (message: string) => void): { print: () => void; printing: boolean } {
  const [printing, setPrinting] = useState(false)
  const busy = useRef(false)

  const print = useCallback(() => {
    if (busy.current) return
    busy.current = true
    setPrinting(true)
    void (async () => {
      try {
        await flush()
        const { blankAs } = await api.settings.get()
        const res = await api.print.document({ id: reportId, blankAs })
        if ('url' in res) {
          if (!window.open(res.url, '_blank')) onNotice(`浏览器阻止了打开打印页面，请允许弹出窗口后重试。`)
          else onNotice('打印页面已在新标签页中打开，请在其中按 Ctrl+P 打印。')
        } else if (res.printed) onNotice('已发送到打印机。')
      } catch (e) {
        onNotice(errorMessage(e))
      } finally {
        busy.current = false
        setPrinting(false)
      }
    })()
  }, [reportId, flush, onNotice])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault()
        print()
      }
    }
    window.addEventListener('keydown', onKey)
    const off = api.menu.onCommand(({ command }) => {
      if (command === 'print') print()
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      off()
    }
  }, [print])

  return { print, printing }
}
