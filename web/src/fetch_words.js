// Why a download failed, in Chinese. The browser's own reasons are English
// ("Failed to fetch", "NetworkError when attempting to fetch resource."), and
// a visitor must not meet them in a Chinese page.

/** An error for a response that is not 2xx, with the status said in Chinese. */
export function httpFailure(response) {
  const status = response.status === 404 ? '404，文件不存在' : String(response.status);
  return new Error(`服务器答复 HTTP ${status}`);
}

/** The reason for a failed download: our own Chinese words, else the browser's, replaced. */
export function downloadReason(cause) {
  const message = String((cause && cause.message) || '');
  return /[\u4e00-\u9fff]/.test(message) ? message : '网络不通，或地址无法访问';
}
