import { Component, type ErrorInfo, type ReactNode } from 'react'

/**
 * A rendering failure must not leave a blank window: say what happened in Chinese and offer to
 * reopen. Saved data is on disk; the editor saves every few seconds.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; onReset?: () => void }, { error: Error | null }> {
  state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('界面出错', error, info.componentStack)
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <main className="screen-message" role="alert" data-testid="render-error">
        <h2>界面出现了意外错误</h2>
        <p>已保存的数据不受影响（编辑时每隔几秒自动保存）。错误信息：{this.state.error.message}</p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            this.setState({ error: null })
            this.props.onReset?.()
          }}
        >
          返回报告列表
        </button>
      </main>
    )
  }
}
