import { lazy, Suspense, useEffect, useState } from 'react'
import { api } from './api'
import { EditorScreen } from './screens/editor/editor-screen'
import { HomeScreen, type HomeIntent } from './screens/home/home-screen'
import { AppSettingsScreen } from './screens/settings/app-settings-screen'
import { ErrorBoundary } from './error-boundary'
import { StorageBanner } from './storage-banner'

// Work across reports loads on demand: the editor's bundle stays small.
const AggregateScreen = lazy(() => import('./screens/aggregate/aggregate-screen'))
const FolderCheckScreen = lazy(() => import('./screens/folder-check/folder-check-screen'))

type Screen = { name: 'home'; intent?: HomeIntent } | { name: 'editor'; id: string } | { name: 'settings'; back: Screen } | { name: 'aggregate' } | { name: 'folderCheck' }

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'home' })

  // Menu commands that change screens; the editor handles export, undo and redo itself.
  useEffect(
    () =>
      api.menu.onCommand(({ command }) => {
        if (command === 'new' || command === 'import') setScreen({ name: 'home', intent: { kind: command, n: Date.now() } })
        else if (command === 'settings') setScreen((s) => (s.name === 'settings' ? s : { name: 'settings', back: s }))
      }),
    []
  )

  return (
    <div className="app">
      <StorageBanner />
      <ErrorBoundary onReset={() => setScreen({ name: 'home' })}>
        {screen.name === 'home' && (
          <HomeScreen
            intent={screen.intent}
            onOpen={(id) => setScreen({ name: 'editor', id })}
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
          />
        )}
        {screen.name === 'settings' && <AppSettingsScreen onBack={() => setScreen(screen.back)} />}
        <Suspense fallback={<p className="loading">正在载入…</p>}>
          {screen.name === 'aggregate' && <AggregateScreen onBack={() => setScreen({ name: 'home' })} onOpen={(id) => setScreen({ name: 'editor', id })} />}
          {screen.name === 'folderCheck' && <FolderCheckScreen onBack={() => setScreen({ name: 'home' })} />}
        </Suspense>
      </ErrorBoundary>
    </div>
  )
}
