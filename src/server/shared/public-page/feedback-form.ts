// The catalogue's rating form, one markup for the innovation's page and for the answer to a post the server
// refused (nothing chosen, too often): the rating and comment come back in the form, so nothing typed is lost.
import { type Html, html } from './html';

export interface FeedbackFormState {
  rating?: string;
  comment?: string;
}

export function feedbackForm(slug: string, state: FeedbackFormState = {}): Html {
  const radio = (n: number) =>
    html`<label><input type="radio" name="rating" value="${n}" required${state.rating === String(n) ? html` checked` : ''}> ${n}</label>`;
  return html`<form class="stack" method="post" action="/katalog/inovasi/${slug}/umpan-balik">
<fieldset><legend><strong>Nilai inovasi ini</strong></legend><div class="rating">${[1, 2, 3, 4, 5].map(radio)}</div></fieldset>
<div><label for="fb-comment">Komentar (tidak wajib)</label><textarea id="fb-comment" name="comment" rows="3" maxlength="1000">${state.comment ?? ''}</textarea>
<div class="meta">Jangan tulis nama, nomor telepon, atau NIK: komentar ditampilkan untuk umum setelah diperiksa.</div></div>
<div class="hp" aria-hidden="true"><label for="fb-website">Situs web</label><input id="fb-website" name="website" tabindex="-1" autocomplete="off"></div>
<div><button type="submit">Kirim penilaian</button></div>
</form>`;
}
