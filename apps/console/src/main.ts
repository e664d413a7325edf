import 'element-plus/theme-chalk/base.css';
// Called from code rather than a template, so the components' resolver does not bring their styles.
import 'element-plus/theme-chalk/el-message.css';
import './styles.css';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { connectSessionToApi } from './session';

connectSessionToApi(() => void router.push({ name: 'login', query: { next: router.currentRoute.value.fullPath } }));

createApp(App).use(router).mount('#app');
