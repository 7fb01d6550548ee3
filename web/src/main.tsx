import { render } from 'solid-js/web';
import '@digital-go-jp/design-tokens/dist/tokens.css';
import './app/styles.css';
import { App } from './app/App';

// The Vite entry (web/index.html loads it); the app itself is in app/.
render(() => <App />, document.getElementById('root')!);
