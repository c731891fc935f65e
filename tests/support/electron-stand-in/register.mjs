// node --import ./register.mjs ENTRY: every `electron` import resolves to the recording stand-in.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
