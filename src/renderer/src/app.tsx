import { useEffect, useState } from 'react'
import { api } from './api'
import { EditorScreen } from './screens/editor/editor-screen'
import { HomeScreen, type HomeIntent } from './screens/home/home-screen'
import { AppSettingsScreen } from './screens/settings/app-settings-screen'
import { ErrorBoundary } from './error-boundary'
import { StorageBanner } from './storage-banner'

type Screen = { name: 'home'; intent?: HomeIntent } | { name: 'editor'; id: string } | { name: 'settings'; back: Screen }

export function App() {
  // A file the system asked to open at launch waits in the main process: the home screen takes it.
  const [screen, setScreen] = useState<Screen>({ name: 'home', intent: { kind: 'opened', n: 0 } })

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
            onSettings={() => setScreen({ name: 'settings', back: { name: 'home' } })}
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
      </ErrorBoundary>
    </div>
  )
}
