// The native menus' labels follow the app's language, like the rest of the UI.
import type { Language } from '../engine/api/types.js';

export interface MenuLabels {
  file: string;
  newWorkspace: string;
  openWorkspace: string;
  importFiles: string;
  recent: string;
  noRecent: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  devTools: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  help: string;
  about: string;
  appName: string;
  errorTitle: string;
}

export const menuLabels: Record<Language, MenuLabels> = {
  'zh-CN': {
    file: '文件',
    newWorkspace: '新建工作区…',
    openWorkspace: '打开工作区…',
    importFiles: '导入数据文件…',
    recent: '最近使用的工作区',
    noRecent: '（无）',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    fullScreen: '全屏',
    help: '帮助',
    about: '关于',
    appName: '电力营销分析工作台',
    errorTitle: '操作未完成',
  },
  en: {
    file: 'File',
    newWorkspace: 'New Workspace…',
    openWorkspace: 'Open Workspace…',
    importFiles: 'Import Data Files…',
    recent: 'Recent Workspaces',
    noRecent: '(none)',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Full Screen',
    help: 'Help',
    about: 'About',
    appName: 'Power Marketing Workbench',
    errorTitle: 'The action did not complete',
  },
};
