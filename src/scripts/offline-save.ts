/**
 * A save control at work: asks the service worker to download a set
 * (src/sw/service-worker.ts), shows its progress and how it ended, and sets
 * `data-offline-state` on <html> (`saving`, `ready`, `error`) for whoever
 * waits on it. Loaded only when a control is pressed.
 */
import type { SaveAnswer } from '../sw/messages.ts';

type State = 'saving' | 'ready' | 'error';

function show(control: HTMLElement, state: State) {
  for (const message of control.querySelectorAll<HTMLElement>('[data-offline-when]'))
    message.hidden = message.dataset.offlineWhen !== state;
  document.documentElement.dataset.offlineState = state;
}

function download(worker: ServiceWorker, scope: string, progress: HTMLProgressElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<SaveAnswer>) => {
      if (data.type === 'progress') {
        progress.max = data.total;
        progress.value = data.done;
      } else if (data.type === 'saved') resolve();
      else reject(new Error(data.message));
    };
    worker.postMessage({ type: 'offline-save', scope }, [channel.port2]);
  });
}

export async function save(control: HTMLElement): Promise<void> {
  const button = control.querySelector('button')!;
  const progress = control.querySelector('progress')!;
  button.disabled = true;
  progress.value = 0;
  show(control, 'saving');
  try {
    const { active } = await navigator.serviceWorker.ready;
    if (!active) throw new Error('no service worker');
    await download(active, control.dataset.offlineScope!, progress);
    show(control, 'ready');
  } catch (error) {
    console.warn('Saving for offline reading failed:', error);
    show(control, 'error');
  } finally {
    button.disabled = false;
  }
}
