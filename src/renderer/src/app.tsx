import { lazy, Suspense, useEffect, useState } from 'react'
import { api } from './api'
import { appSettings } from './app-settings'
import { EditorScreen } from './screens/editor/editor-screen'
import { HomeScreen, type HomeIntent } from './screens/home/home-screen'
import { AppSettingsScreen } from './screens/settings/app-settings-screen'
import { ErrorBoundary } from './error-boundary'
import { StorageBanner } from './storage-banner'

// 历年对比 and its charts, 汇总 and 检查文件夹 load on demand: not part of the editor's bundle.
const YearsScreen = lazy(() => import('./screens/years/years-screen'))
const AggregateScreen = lazy(() => import('./screens/aggregate/aggregate-screen'))
const FolderCheckScreen = lazy(() => import('./screens/folder-check/folder-check-screen'))

type Screen =
  | { name: 'home'; intent?: HomeIntent }
  | { name: 'editor'; id: string }
  | { name: 'settings'; back: Screen }
  | { name: 'years'; id: string; back: Screen }
  | { name: 'aggregate' }
  | { name: 'folderCheck' }

export function App() {
  // A file the system asked to open at launch waits in the main process: the home screen takes it.
  const [screen, setScreen] = useState<Screen>({ name: 'home', intent: { kind: 'opened', n: 0 } })

  // Read while the home screen shows: the editor needs them when it opens.
  useEffect(() => void appSettings(), [])

  // Menu commands that change screens; the editor handles export, undo and redo itself.
  useEffect(
    () =>
      api.menu.onCommand(({ command }) => {
        if (command === 'new' || command === 'import') setScreen({ name: 'home', intent: { kind: command, n: Date.now() } })
        else if (command === 'settings') setScreen((s) => (s.name === 'settings' ? s : { name: 'settings', back: s }))
      }),
    []
  )

  // A file opened while the app runs (double-click, a second launch): back home to show it.
  useEffect(() => api.files.onOpened(() => setScreen({ name: 'home', intent: { kind: 'opened', n: Date.now() } })), [])

  return (
    <div className="app">
      <StorageBanner />
      <ErrorBoundary onReset={() => setScreen({ name: 'home' })}>
        {screen.name === 'home' && (
          <HomeScreen
            intent={screen.intent}
            onOpen={(id) => setScreen({ name: 'editor', id })}
            onYears={(id) => setScreen({ name: 'years', id, back: { name: 'home' } })}
            onSettings={() => setScreen({ name: 'settings', back: { name: 'home' } })}
            onAggregate={() => setScreen({ name: 'aggregate' })}
            onFolderCheck={() => setScreen({ name: 'folderCheck' })}
          />
        )}
        {screen.name === 'editor' && (
          <EditorScreen
            key={screen.id}
            id={screen.id}
            onHome={() => setScreen({ name: 'home' })}
            onSettings={() => setScreen({ name: 'settings', back: screen })}
            onYears={() => setScreen({ name: 'years', id: screen.id, back: screen })}
          />
        )}
        {screen.name === 'settings' && <AppSettingsScreen onBack={() => setScreen(screen.back)} />}
        {screen.name === 'years' && (
          <Suspense fallback={<p className="loading">正在打开历年对比…</p>}>
            <YearsScreen id={screen.id} onBack={() => setScreen(screen.back)} />
          </Suspense>
        )}
        <Suspense fallback={<p className="loading">正在载入…</p>}>
          {screen.name === 'aggregate' && <AggregateScreen onBack={() => setScreen({ name: 'home' })} onOpen={(id) => setScreen({ name: 'editor', id })} />}
          {screen.name === 'folderCheck' && <FolderCheckScreen onBack={() => setScreen({ name: 'home' })} />}
        </Suspense>
      </ErrorBoundary>
    </div>
  )
}
