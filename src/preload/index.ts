import { contextBridge } from 'electron'

// Placeholder: the typed API built from src/shared/ipc.ts arrives with the main-process issue.
contextBridge.exposeInMainWorld('nianbaoVersion', '0.1.0')
