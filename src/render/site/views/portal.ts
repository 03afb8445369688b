/**
 * The portal's frame around every page (gkml.yaml `site`): its title, logo, header links, footer
 * lines and the identification lines that government websites must show — 网站标识码, ICP备案 and
 * 公安机关备案. Every value is text from the repository: escaped by the templates, and a header link
 * is a link only when it is plainly http(s).
 */
import type { RawSite } from '../../../core/model/raw.js';
import { safeUrl, type LinkOrText } from '../url.js';

/** Where the ICP number leads: the ministry's registration system, as the rules require. */
const ICP_SYSTEM = 'https://beian.miit.gov.cn/';
/** Where the 公安机关备案 number leads: the national platform's page for that record. */
const POLICE_SYSTEM = 'https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=';

export interface PortalFrame {
  /** The logo beside the site's name (decorative unless logoAlt says otherwise). */
  logo?: { src: string; alt: string };
  links: LinkOrText[];
  footer: string[];
  /** 网站标识码, ICP备案, 公安机关备案: one line of the footer. */
  codes: LinkOrText[];
}

export function portalFrame(site: RawSite | undefined, root: string, logo?: string): PortalFrame {
  const codes: LinkOrText[] = [];
  if (site?.siteCode !== undefined) codes.push({ text: `网站标识码：${site.siteCode}` });
  if (site?.icp !== undefined) codes.push({ text: site.icp, href: ICP_SYSTEM });
  if (site?.police !== undefined) {
    const digits = site.police.replace(/\D/gu, '');
    codes.push(
      digits.length > 0
        ? { text: site.police, href: POLICE_SYSTEM + digits }
        : { text: site.police },
    );
  }
  return {
    ...(logo !== undefined ? { logo: { src: root + logo, alt: site?.logoAlt ?? '' } } : {}),
    links: (site?.links ?? []).map((link) => {
      const href = safeUrl(link.url);
      return href === undefined ? { text: link.text } : { text: link.text, href };
    }),
    footer: site?.footer ?? [],
    codes,
  };
}
