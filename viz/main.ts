// Entry point of the web app: styles, then the app in #app.
import './styles/app.css';
import { createApp } from './app/app.js';

createApp(document.getElementById('app')!);
