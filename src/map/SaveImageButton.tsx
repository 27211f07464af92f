// "保存图片 / Save image" on the map: downloads a PNG of the current view with legend, scale, attribution, title and
// date. The composing code is loaded on the first click.
import { useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../store/useAtlas';
import { useT } from '../i18n/i18n';

export function SaveImageButton({ map }: { map: MapLibreMap }) {
  const t = useT();
  const store = useAtlasStore();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const save = async () => {
    setState({ busy: true, error: null });
    try {
      const { savePicture } = await import('./savePicture');
      await savePicture(map, store);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="save-image">
      <button type="button" onClick={save} disabled={state.busy} aria-busy={state.busy}>
        {state.busy ? t('picture.saving') : t('picture.save')}
      </button>
      {state.error && (
        <p className="save-image-error" role="alert">
          {t('picture.failed', { reason: state.error })}
        </p>
      )}
    </div>
  );
}
