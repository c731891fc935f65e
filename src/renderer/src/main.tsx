import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/base.css'
import './styles/layout.css'

const root = createRoot(document.getElementById('root')!)

// The API is resolved when the app module loads, so a missing bridge shows a message, not a blank page.
import('./app')
  .then(({ App }) =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>
    )
  )
  .catch((e: unknown) => {
    root.render(<p className="fatal">{e instanceof Error ? e.message : String(e)}</p>)
  })
