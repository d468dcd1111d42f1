import { createIsomorphicFn } from '@tanstack/react-start';
import { SIDEBAR_STORAGE_KEY, THEME_STORAGE_KEY } from './theme-preference';

/**
 * Runs inline in <head>, before the stylesheet paints anything: applies the remembered theme (or the
 * system's) and the sidebar's collapsed state, so that a dark page never flashes light. It carries the
 * response's CSP nonce (see ScriptOnce); kept tiny and dependency-free on purpose.
 */
function prePaintScript(): string {
  return `(function(){try{var d=document.documentElement,t=localStorage.getItem(${JSON.stringify(
    THEME_STORAGE_KEY,
  )}),k=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);d.classList.toggle('dark',k);d.style.colorScheme=k?'dark':'light';if(localStorage.getItem(${JSON.stringify(
    SIDEBAR_STORAGE_KEY,
  )})==='collapsed')d.setAttribute('data-sidebar','collapsed')}catch(e){}})()`;
}

/**
 * The script on the server; nothing in the browser, where ScriptOnce renders nothing (it ran already).
 * Built inside the server branch, so the browser's entry carries neither it nor the theme module.
 */
export const serverPrePaintScript = createIsomorphicFn()
  .server(() => prePaintScript())
  .client(() => '');
