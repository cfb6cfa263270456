// The Chinese for the result document's `status` and a year's `role`
// (core/lib/result_document.cpp writes them as codes), shared by every view
// that shows them, so English never reaches the page.

export const STATUS_LABEL = { complete: '已达标', open: '未达标', closed: '已截止', not_required: '无需完成' };
export const ROLE_LABEL = { current: '本年度', make_up: '补修' };

/** A core sentence with status codes in it ("状态应为complete，实际为closed"), said in Chinese. */
export function statusInWords(text) {
  return String(text).replace(/\b(complete|open|closed|not_required)\b/g, (code) => `“${STATUS_LABEL[code]}”`);
}
