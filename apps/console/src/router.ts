import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { currentUser } from './session';

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true, title: '登录' } },
  {
    path: '/',
    component: () => import('./layout/ConsoleLayout.vue'),
    children: [
      { path: '', name: 'workbench', component: () => import('./views/WorkbenchView.vue'), meta: { title: '工作台' } },
      { path: 'cases', name: 'cases', component: () => import('./views/cases/CaseBoardView.vue'), meta: { title: '督办案件' } },
      { path: 'rounds', name: 'rounds', component: () => import('./views/rounds/RoundsView.vue'), meta: { title: '督查轮次' } },
      { path: 'rounds/:id', name: 'round', component: () => import('./views/rounds/RoundPageView.vue'), props: true, meta: { title: '督查轮次' } },
      { path: 'duty-reviews', name: 'duty-reviews', component: () => import('./views/duty-reviews/DutyReviewRoundsView.vue'), meta: { title: '述职评议考核' } },
      { path: 'rounds/:id/duty-reviews', name: 'duty-review-round', component: () => import('./views/duty-reviews/DutyReviewRoundView.vue'), props: true, meta: { title: '述职评议考核' } },
      { path: 'duty-reviews/:id', name: 'duty-review', component: () => import('./views/duty-reviews/DutyReviewView.vue'), props: true, meta: { title: '述职评议' } },
      { path: 'tasks', name: 'tasks', component: () => import('./views/tasks/TaskBoardView.vue'), meta: { title: '督查任务' } },
      { path: 'tasks/:id', name: 'task', component: () => import('./views/tasks/TaskPageView.vue'), props: true, meta: { title: '督查任务' } },
      { path: 'projects', name: 'projects', component: () => import('./views/projects/ProjectsView.vue'), meta: { title: '书记领办项目' } },
      { path: 'projects/:id', name: 'project', component: () => import('./views/projects/ProjectPageView.vue'), props: true, meta: { title: '书记领办项目' } },
      { path: 'admin', name: 'admin', component: () => import('./views/AdminView.vue'), meta: { title: '系统管理' } },
      { path: 'notifications', name: 'notifications', component: () => import('./views/NotificationsView.vue'), meta: { title: '通知' } },
      { path: 'users', name: 'users', component: () => import('./views/UsersView.vue'), meta: { title: '用户管理' } },
      { path: 'audit', name: 'audit', component: () => import('./views/audit/AuditView.vue'), meta: { title: '审计留痕' } },
      { path: 'units', name: 'units', component: () => import('./views/UnitListsView.vue'), meta: { title: '三张清单' } },
      { path: 'ranking', name: 'ranking', component: () => import('./views/ranking/RankingView.vue'), meta: { title: '区县比看' } },
      { path: 'indicators', name: 'indicators', component: () => import('./views/indicators/IndicatorsView.vue'), meta: { title: '村级指标' } },
      { path: 'cases/:id', name: 'case', component: () => import('./views/cases/CasePageView.vue'), props: true, meta: { title: '督办单' } },
    ],
  },
  {
    path: '/screen/ranking/:id',
    name: 'ranking-screen',
    component: () => import('./views/ranking/RankingScreenView.vue'),
    props: true,
    meta: { title: '区县比看大屏' },
  },
  { path: '/screen/indicators', name: 'indicators-screen', component: () => import('./views/indicators/IndicatorScreenView.vue'), meta: { title: '村级指标大屏' } },
  { path: '/:unknown(.*)*', redirect: { name: 'workbench' } },
];

/** The console under /ui/ (the API answers everything else). Every page but 登录 needs a signed-in user. */
export const router = createRouter({ history: createWebHistory('/ui/'), routes });

router.beforeEach((to) => {
  if (to.meta['public'] === true || currentUser() !== undefined) return true;
  return { name: 'login', query: { next: to.fullPath } };
});

router.afterEach((to) => {
  const title = typeof to.meta['title'] === 'string' ? to.meta['title'] : undefined;
  document.title = title === undefined ? '督查督办工作台' : `${title} · 督查督办工作台`;
});
