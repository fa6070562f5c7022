// The office chats a digest goes to (issue 13 item 5).

/** The group robot of an office chat. */
export enum ChatRobotKind {
  /** 企业微信群机器人: POST {msgtype: 'markdown', markdown: {content}} to qyapi.weixin.qq.com/cgi-bin/webhook/send?key=… */
  WECOM = 'WECOM',
  /** 钉钉自定义机器人: POST {msgtype: 'markdown', markdown: {title, text}} to oapi.dingtalk.com/robot/send?access_token=… */
  DINGTALK = 'DINGTALK',
}
