import { useEffect, useState } from 'react'
import type { StorageStatus } from '../../shared/ipc'
import { api } from './api'
import { localDateTime } from './format-labels'

/** The storage recovery notice and any write error, always visible at the top. */
export function StorageBanner() {
  const [status, setStatus] = useState<StorageStatus | null>(null)
  const [dismissed, setDismissed] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    api.storage.status().then((s) => live && setStatus(s), () => undefined)
    const off = api.storage.onStatus((s) => setStatus(s))
    return () => {
      live = false
      off()
    }
  }, [])

  if (!status) return null
  const recovered = status.recovered && dismissed !== status.recovered.at ? status.recovered : null
  return (
    <>
      {recovered && (
        <div className="banner banner-warning" role="alert" data-testid="storage-recovered">
          <span>
            ▲ 数据文件已损坏，已自动恢复到最近一次完好的备份（{localDateTime(recovered.at)}）。{recovered.message}
            损坏的文件已移至：{recovered.movedTo}
          </span>
          <button type="button" onClick={() => setDismissed(recovered.at)}>
            知道了
          </button>
        </div>
      )}
      {status.writeError && (
        <div className="banner banner-error" role="alert" data-testid="storage-write-error">
          ✖ 自 {localDateTime(status.writeError.since)} 起无法写入磁盘：{status.writeError.message}。数据仍在内存中，正在重试，请勿关闭程序。
        </div>
      )}
    </>
  )
}
