import { For } from 'solid-js';
import { tr } from '../../../app/lang';
import './MapViewChoice.css';

export type MapView = 'map' | 'tiles';

/** The map's view from the address (?view=tiles); the real map unless the tile grid was chosen. */
export const mapViewOf = (param: string | undefined): MapView => (param === 'tiles' ? 'tiles' : 'map');

/** 地図 / タイル表示: a radio group, so the choice is announced as one of two and kept in the address. */
export function MapViewChoice(props: { value: MapView; onChange: (view: MapView) => void }) {
  const choices = (): { view: MapView; label: string }[] => [
    { view: 'map', label: tr('地図', 'Map') },
    { view: 'tiles', label: tr('タイル表示', 'Tile grid') },
  ];
  return (
    <fieldset class="map-view-choice">
      <legend>{tr('地図の表示', 'Map display')}</legend>
      <For each={choices()}>
        {(c) => (
          <label>
            <input type="radio" name="map-view" value={c.view} checked={props.value === c.view} onChange={() => props.onChange(c.view)} />
            {c.label}
          </label>
        )}
      </For>
    </fieldset>
  );
}
